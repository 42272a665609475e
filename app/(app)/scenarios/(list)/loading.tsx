export default function Loading() {
  return (
    <p role="status" className="text-sm text-zinc-500">
      Loading scenarios…
    </p>
  );
}
