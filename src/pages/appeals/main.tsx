import { render } from 'preact';
import { t } from '../../ui/i18n.ts';

function App() {
  return <h1>{t('appeals' === 'popup' ? 'extName' : 'appeals' === 'options' ? 'options' : 'myAppeals')}</h1>;
}

render(<App />, document.getElementById('app')!);
