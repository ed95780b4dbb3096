import { render } from 'preact';
import { t } from '../../ui/i18n.ts';

function App() {
  return <h1>{t('options' === 'popup' ? 'extName' : 'options' === 'options' ? 'options' : 'myAppeals')}</h1>;
}

render(<App />, document.getElementById('app')!);
