// The entry is a few lines on purpose: it starts loading the app and the page the address opens
// at the same time, instead of the page only once the app has run.
import { pageFor } from './pages';
import './app.css';
import './ui/screens.css';
import './print';

void pageFor(location.hash)?.();
void import('./app').then(({ start }) => start(document.getElementById('app')!));
