import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { isPresenterAddress, PresenterApp } from '../ui/brief/PresenterView';
import { installBenchApi } from './bench-api';
import '../ui/styles.css';
import '../ui/workspace.css';
import '../ui/theme-light.css';

installBenchApi();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    {isPresenterAddress(window.location.search) ? <PresenterApp /> : <App />}
  </StrictMode>,
);
