import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

interface MapStateLinkProps {
  code: string;
  label: string;
  className: string;
  onActive: (code: string | null) => void;
  children: ReactNode;
}

/** One state on the map: a link to its page, named by its <title> for pointer and keyboard users. */
export function MapStateLink({ code, label, className, onActive, children }: MapStateLinkProps) {
  const on = () => onActive(code);
  const off = () => onActive(null);
  return (
    <Link
      to="/states/$code"
      params={{ code }}
      className={className}
      aria-label={label}
      onFocus={on}
      onBlur={off}
      onMouseEnter={on}
      onMouseLeave={off}
    >
      <title>{label}</title>
      {children}
    </Link>
  );
}
