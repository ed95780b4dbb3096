// The appeal as a .docx letter, built with the `docx` package. Pure: returns bytes, the page makes the download.
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { Appeal } from '../appeal.ts';
import { renderAppeal, type AppealFormat } from '../draft/render.ts';

/** Header lines («Кому: …») are right-aligned, as in a paper appeal; the title is centred; the rest is justified. */
export async function toDocx(appeal: Appeal, format: AppealFormat = 'formal'): Promise<Uint8Array> {
  const blocks = renderAppeal(appeal, format).split(/\n{2,}/u);
  const title = appeal.subject;
  const document = new Document({
    creator: 'Post to Appeal',
    title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [{ children: blocks.flatMap((block, index) => blockParagraphs(block, index, format)) }],
  });
  return Packer.pack(document, 'uint8array');
}

function blockParagraphs(block: string, index: number, format: AppealFormat): Paragraph[] {
  const lines = block.split('\n');
  const header = index === 0 && (format === 'formal' || format === 'eotinish');
  return lines.map((line, lineIndex) => {
    const isTitle = !header && lineIndex === 0 && /^[\p{Lu}\s]{4,}$/u.test(line);
    return new Paragraph({
      alignment: header ? AlignmentType.RIGHT : isTitle ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      spacing: { after: lineIndex === lines.length - 1 ? 200 : 0 },
      children: [new TextRun({ text: line, bold: isTitle })],
    });
  });
}
