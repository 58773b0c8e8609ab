// The entry is a few lines on purpose: it opens the database (tens of milliseconds on a fresh
// profile, spent while the app's code runs), asks for the page the address opens (index.html has
// already started fetching it) and starts the app.
import { start } from './app';
import { pageFor } from './pages';
import { flushAllSaves } from './store/autosave';
import { db, setBeforeClose } from './store/db';
import { requestPersistence } from './store/persistence';
import './app.css';
import './ui/screens.css';
// The library's list styles are a few hundred bytes: not worth a request of their own.
import './ui/worksheetList.css';
import './print';

void pageFor(location.hash)?.();
// Before another tab's upgrade closes this tab's connection, pending saves are written.
setBeforeClose(flushAllSaves);
// Pages report storage problems themselves when they need the database.
db().catch(() => {});
void requestPersistence();
// The app starts in a task of its own: evaluating the modules and building the first page are
// each a long task on a slow phone, and one after the other in a single task they held the
// page's main thread twice as long without a break (the first frame is already there to type in).
setTimeout(() => start(document.getElementById('app')!));
