/** A pack's validation problems, each by its path, the first `limit` of them and how many more there are. */
export function ProblemList({ problems, limit }: { problems: readonly string[]; limit: number }) {
  return (
    <>
      <ul className="problems" aria-label="Problems found">
        {problems.slice(0, limit).map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
      {problems.length > limit && <p>…and {problems.length - limit} more.</p>}
    </>
  );
}
