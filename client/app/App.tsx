import { useEffect, useState } from 'react';
import { HomePage } from './HomePage.tsx';
import { MapPage } from './MapPage.tsx';
import { routeOfPage } from './route.ts';

/** Chooses the screen from the address, and follows back/forward navigation. */
export function App() {
  const [route, setRoute] = useState(routeOfPage);
  useEffect(() => {
    const update = () => setRoute(routeOfPage());
    window.addEventListener('popstate', update);
    window.addEventListener('hashchange', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('hashchange', update);
    };
  }, []);

  switch (route.kind) {
    case 'home':
      return <HomePage />;
    case 'map':
      return <MapPage key={route.mapId} mapId={route.mapId} token={route.token} />;
    case 'not-found':
      return (
        <main className="page">
          <h1>Nothing here</h1>
          <p>
            This address is not a map. <a href="/">Start a new map</a>.
          </p>
        </main>
      );
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}
