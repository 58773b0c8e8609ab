import { RouterProvider } from '@tanstack/solid-router';
import { render } from 'solid-js/web';
import { router } from './router';
import './app.css';

render(() => <RouterProvider router={router} />, document.getElementById('app')!);
