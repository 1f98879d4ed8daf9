import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { LazyPart, lazyComponent } from '../ui/LazyPart';
import { readAddressOptions } from '../state/view-state';
// maplibre's own stylesheet comes first, as when the map was part of the page's first load.
import 'maplibre-gl/dist/maplibre-gl.css';
import '../ui/brief/presenter.css';
import '../ui/styles.css';
import '../ui/workspace.css';
import '../ui/theme-light.css';

// The benchmark's handle (with its naive queries and synthetic flows) is a chunk of its own,
// loaded only when the address asks for it: the app itself never carries it.
const address = readAddressOptions(window.location.search);
if (address.bench) void import('./bench-api').then(({ installBenchApi }) => installBenchApi());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The presenter view (a second window beside a briefing) is a chunk of its own too;
// its stylesheet is imported above, where the page's stylesheet always had it.
const PresenterApp = lazyComponent(
  () => import('../ui/brief/PresenterView'),
  (m) => m.PresenterApp,
);
createRoot(root).render(
  <StrictMode>
    {address.presenter ? (
      <LazyPart fallback={null}>
        <PresenterApp />
      </LazyPart>
    ) : (
      <App />
    )}
  </StrictMode>,
);
