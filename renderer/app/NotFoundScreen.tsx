import { Link, useLocation } from 'react-router';

export function NotFoundScreen() {
  const location = useLocation();
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">Nothing here</h1>
      <p>
        Fieldcase has no screen at <code>{location.pathname}</code>. <Link to="/today">Go to Today</Link>.
      </p>
    </section>
  );
}
