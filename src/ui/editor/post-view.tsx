// The captured post, exactly as it was captured: text as plain text (never HTML), images as links, never <img>,
// because loading them would make a request to the network's CDN.
import type { SourcePost } from '../../core/appeal.ts';
import { stripInvisible } from '../../core/draft/clean.ts';
import { formatDateTime } from '../history/format.ts';
import { t } from '../i18n.ts';

const NETWORK_KEYS: Record<SourcePost['network'], string> = {
  vk: 'popup_network_vk',
  ok: 'popup_network_ok',
  facebook: 'popup_network_facebook',
  instagram: 'popup_network_instagram',
  selection: 'popup_network_selection',
};

export function PostView({ post }: { post: SourcePost }) {
  const link = safeHttpUrl(post.permalink);
  // Stored as captured; shown without zero-width and bidi-override characters, which can disguise what it says.
  const shown = stripInvisible(post.text);
  return (
    <section class="post" aria-labelledby="post-title">
      <h2 id="post-title" class="visually-hidden">
        {t('popup_postTitle')}
      </h2>
      <p class="post-meta">
        <strong>{t(NETWORK_KEYS[post.network])}</strong>
        {post.authorName ? <span> · {post.authorName}</span> : null}
        {post.publishedAt ? <span> · {formatDateTime(post.publishedAt)}</span> : null}
        {link ? (
          <span>
            {' · '}
            <a href={link} target="_blank" rel="noopener noreferrer">
              {t('popup_openPost')}
            </a>
          </span>
        ) : null}
      </p>
      <div class="post-text" tabIndex={0} aria-label={t('popup_postText')} dir="auto">
        {shown.trim() === '' ? <span class="muted">{t('popup_postEmpty')}</span> : shown}
      </div>
      {post.images.length > 0 ? <ImageLinks images={post.images} /> : null}
    </section>
  );
}

function ImageLinks({ images }: { images: SourcePost['images'] }) {
  return (
    <ul class="post-images" aria-label={t('popup_postImages')}>
      {images.map((image, index) => {
        const url = safeHttpUrl(image.url);
        const label = image.alt?.trim() || t('popup_image', String(index + 1));
        return <li key={index}>{url ? <a href={url} target="_blank" rel="noopener noreferrer">{label}</a> : label}</li>;
      })}
    </ul>
  );
}

/** Only http(s) links are clickable: a captured `javascript:` or `data:` URL stays inert text. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
