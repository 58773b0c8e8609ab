// The entry is a few lines on purpose: it starts loading the app and the page the address opens
// at the same time, instead of the page only once the app has run, and opens the database
// beside them (tens of milliseconds on a fresh profile, spent while the app's code runs).
import { pageFor } from './pages';
import { db } from './store/db';
import './app.css';
import './ui/screens.css';
import './print';

void pageFor(location.hash)?.();
// Pages report storage problems themselves when they need the database.
db().catch(() => {});
void import('./app').then(({ start }) => start(document.getElementById('app')!));
