import { render } from 'preact';
import '../../ui/base.css';
import './appeals.css';
import { openHistory, requestPersistence } from '../../ui/history/list-query.ts';
import { App } from './app.tsx';
import { t } from '../../ui/i18n.ts';

/** Long enough for the first list page to be on screen: the request costs the opening page a few milliseconds. */
const PERSISTENCE_REQUEST_AFTER_MS = 1000;

// Every view reads the database: open it while the page renders its first frame.
void openHistory().catch(() => undefined);
// Ask once per visit that the browser never evicts the history (the backup panel asks itself when it opens).
setTimeout(() => {
  requestPersistence().catch((error: unknown) => console.warn('Persistent storage request failed', error));
}, PERSISTENCE_REQUEST_AFTER_MS);

document.title = t('myAppeals');
render(<App />, document.getElementById('app')!);
