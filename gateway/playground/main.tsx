import { createRoot } from 'react-dom/client';
// Monaco's workers as bundled files from this origin (Vite's ?worker imports), never a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { Playground } from './Playground';

createRoot(document.getElementById('root')!).render(<Playground />);
