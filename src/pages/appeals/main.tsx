import { render } from 'preact';
import '../../ui/base.css';
import './appeals.css';
import { requestPersistence } from '../../ui/data.ts';
import { App } from './app.tsx';
import { t } from '../../ui/i18n.ts';

// Ask once per visit that the browser never evicts the history; the backup panel shows the answer.
void requestPersistence().catch((error: unknown) => console.warn('Persistent storage request failed', error));

document.title = t('myAppeals');
render(<App />, document.getElementById('app')!);
