namespace Segmentation.Cli.Input;

/// <summary>Adds up the progress of parallel ranges and reports it from whichever thread gets the lock (never backwards).</summary>
internal sealed class ProgressCounter(Action<ReadProgress> report, long totalBytes)
{
    private readonly Lock _lock = new();
    private long _rows;
    private long _bytes;
    private long _reported = -1;

    public void Add(long rows, long bytes)
    {
        var totalRows = Interlocked.Add(ref _rows, rows);
        var done = Interlocked.Add(ref _bytes, bytes);
        if (_lock.TryEnter())
        {
            try
            {
                if (done > _reported)
                {
                    _reported = done;
                    report(new ReadProgress(totalRows, Math.Min(done, totalBytes), totalBytes));
                }
            }
            finally
            {
                _lock.Exit();
            }
        }
    }
}
