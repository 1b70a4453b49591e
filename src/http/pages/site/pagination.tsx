import { type SearchForm, searchHref } from "./search-query.ts";

/** Results a page of the candidate's searches shows (jobs and trainings). */
export const PAGE_SIZE = 20;

type PaginationProps = Readonly<{ path: string; form: SearchForm; page: number; pages: number }>;

/** Links to the pages around the current one, each keeping the understood search. */
export function Pagination({ path, form, page, pages }: PaginationProps) {
  const href = (target: number) => searchHref(path, form, { page: String(target) });
  const around = [page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages);
  return (
    <nav aria-label="Pagination">
      <ul class="pagination">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              Page précédente
            </a>
          </li>
        ) : null}
        {around.map((n) => (
          <li>
            {n === page ? (
              <span aria-current="page">Page {n}</span>
            ) : (
              <a href={href(n)} aria-label={`Page ${n}`}>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              Page suivante
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
