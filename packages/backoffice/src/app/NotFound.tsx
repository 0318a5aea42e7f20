import { Link } from 'wouter';
import { PageHeader } from '../components/PageHeader.tsx';

export function NotFound() {
  return (
    <>
      <PageHeader title="Page not found" />
      <p>
        There is no page here. <Link href="/">Back to the dashboard</Link>
      </p>
    </>
  );
}
