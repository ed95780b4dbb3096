import { render } from 'preact';
import '../../ui/base.css';
import './options.css';
import { OptionsPage } from './options.tsx';
import { PrintView, printRouteId } from '../../ui/export-bar/print-view.tsx';

// The printable letter lives on this page under `#/print/<id>`: an extension page, so it runs under the CSP.
const printId = printRouteId(location.hash);
render(printId ? <PrintView appealId={printId} /> : <OptionsPage />, document.getElementById('app')!);
