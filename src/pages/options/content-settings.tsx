// Settings the content script reads from `browser.storage.local` under `settings`.
import { useEffect, useState } from 'preact/hooks';
import { loadContentSettings, saveContentSettings } from '../../ui/data.ts';
import { t } from '../../ui/i18n.ts';

export function ContentSettings() {
  const [showOnAllPosts, setShowOnAllPosts] = useState<boolean | null>(null);
  useEffect(() => {
    void loadContentSettings().then((settings) => setShowOnAllPosts(settings.showOnAllPosts));
  }, []);
  if (showOnAllPosts === null) return null;

  const toggle = (value: boolean) => {
    setShowOnAllPosts(value);
    void saveContentSettings({ showOnAllPosts: value });
  };
  return (
    <section aria-labelledby="content-title">
      <h2 id="content-title">{t('opt_feedTitle')}</h2>
      <label class="check">
        <input type="checkbox" name="showOnAllPosts" checked={showOnAllPosts} onChange={(e) => toggle(e.currentTarget.checked)} />
        <span>{t('opt_showOnAllPosts')}</span>
      </label>
      <p class="field-hint">{t('opt_showOnAllPostsHint')}</p>
    </section>
  );
}
