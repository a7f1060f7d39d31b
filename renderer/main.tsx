/** Renderer entry: window.api (from the preload, or over HTTP in the browser host), i18n, Mantine, the app. */
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { createRoot } from 'react-dom/client';
import { call } from './api/client.ts';
import { createHttpApi } from './api/http-api.ts';
import { App } from './app/App.tsx';
import { cssVariablesResolver, theme } from './app/theme.ts';
import { initI18n, systemLanguage } from './i18n/i18n.ts';

async function start() {
  if (!window.api) window.api = createHttpApi();
  let language = systemLanguage();
  try {
    const settings = await call('settings.get', {});
    language = settings.language ?? language;
  } catch {
    // The app still opens; the error shows on the home screen when the list fails to load.
  }
  await initI18n(language);
  document.documentElement.lang = language;
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <App />
    </MantineProvider>,
  );
}

void start();
