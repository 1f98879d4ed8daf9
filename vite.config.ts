import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths: the built folder works from any directory, a USB stick or file share.
  base: './',
  plugins: [react()],
  // Data files imported with ?url are emitted as assets, never inlined.
  assetsInclude: ['**/*.parquet', '**/*.geojson'],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
