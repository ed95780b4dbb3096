import { render } from 'preact';
import '../../ui/base.css';
import './appeals.css';
import { openHistory, requestPersistence } from '../../ui/history/list-query.ts';
import { App } from './app.tsx';
import { t } from '../../ui/i18n.ts';

// Every view reads the database: open it while the page renders its first frame.
void openHistory().catch(() => undefined);
// Ask once per visit that the browser never evicts the history; the backup panel shows the answer.
void requestPersistence().catch((error: unknown) => console.warn('Persistent storage request failed', error));

document.title = t('myAppeals');
render(<App />, document.getElementById('app')!);
