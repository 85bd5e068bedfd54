import type { MouseEvent } from "react";
import { SettingsMenu } from "./SettingsMenu";

export interface SiteHeaderProps {
  /** Href of the home page. */
  homeHref: string;
  /** Href of the library. */
  libraryHref: string;
  /** Client-side navigation for the home link. */
  onNavigate: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** The top bar on every page: skip link, home, the library, reading settings. */
export function SiteHeader({ homeHref, libraryHref, onNavigate }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to the article
      </a>
      <a className="brand" href={homeHref} onClick={onNavigate}>
        <span className="brand-mark" aria-hidden="true">
          “
        </span>
        Attributed
      </a>
      <nav className="site-nav" aria-label="Site">
        <a className="site-link" href={libraryHref} onClick={onNavigate}>
          Library
        </a>
        <SettingsMenu />
      </nav>
    </header>
  );
}
