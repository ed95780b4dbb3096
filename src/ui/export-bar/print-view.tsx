// The printable letter: the export core's HTML, shown on an extension page that then opens the print dialog
// (print to PDF). The HTML is parsed inertly and stripped of anything active before it is attached.
import { useEffect, useRef, useState } from 'preact/hooks';
import { letterHtml, loadAppeal } from '../data.ts';
import { t } from '../i18n.ts';
import './print-view.css';

const PRINT_ROUTE = /^#\/print\/([^/?#]+)$/;

export function printRouteId(hash: string): string | null {
  const match = PRINT_ROUTE.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export function PrintView({ appealId, autoPrint = true }: { appealId: string; autoPrint?: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'missing' | 'ready'>('loading');

  useEffect(() => {
    let live = true;
    void loadAppeal(appealId).then((appeal) => {
      if (!live || !container.current) return;
      if (!appeal) return setState('missing');
      document.title = appeal.subject || t('editor_export_print');
      container.current.replaceChildren(...inertLetterNodes(letterHtml(appeal)));
      setState('ready');
      if (autoPrint) setTimeout(() => window.print(), 50);
    });
    return () => {
      live = false;
    };
  }, [appealId]);

  return (
    <main class="print-view">
      <p class="no-print row">
        <button type="button" class="primary" disabled={state !== 'ready'} onClick={() => window.print()}>
          {t('editor_export_print')}
        </button>
        {state === 'missing' ? <span role="alert">{t('editor_notFound')}</span> : null}
      </p>
      <div ref={container} class="letter" />
    </main>
  );
}

const ACTIVE_ELEMENTS = 'script, style, link, meta, iframe, object, embed, frame, frameset, base, form, img, svg, math';

/** The letter's body content with every script, style, event handler and remote reference removed. */
export function inertLetterNodes(html: string): Node[] {
  // Even an inert parsed document reports its <style> to the page's CSP: drop it before parsing.
  const doc = new DOMParser().parseFromString(html.replace(/<style[\s\S]*?<\/style\s*>/gi, ''), 'text/html');
  for (const element of doc.body.querySelectorAll(ACTIVE_ELEMENTS)) element.remove();
  for (const element of doc.body.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'href' || name === 'src') element.removeAttribute(attribute.name);
    }
  }
  return [...doc.body.childNodes].map((node) => document.importNode(node, true));
}
