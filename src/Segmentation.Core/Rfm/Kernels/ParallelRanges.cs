namespace Segmentation.Rfm.Kernels;

/// <summary>Splits an index range into one contiguous chunk per worker for inputs worth it.</summary>
internal static class ParallelRanges
{
    /// <summary>
    /// Inputs with fewer customers run on the calling thread: below this size the cost of waking a
    /// second core is of the same order as the work (about 100 microseconds of scoring).
    /// </summary>
    public const int Threshold = 1 << 17;

    /// <summary>The number of chunks to use for <paramref name="length"/> items.</summary>
    public static int ChunkCount(int length, int maxDegreeOfParallelism)
    {
        var workers = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        return length < Threshold ? 1 : Math.Max(1, Math.Min(workers, length / (Threshold / 2)));
    }

    /// <summary>The start and length of chunk <paramref name="chunk"/> of <paramref name="chunks"/>.</summary>
    public static (int Start, int Length) Chunk(int length, int chunks, int chunk)
    {
        var start = (int)((long)length * chunk / chunks);
        var end = (int)((long)length * (chunk + 1) / chunks);
        return (start, end - start);
    }

    /// <summary>Runs <paramref name="body"/> once per chunk, in parallel when there is more than one.</summary>
    public static void For(int length, int chunks, Action<int, int, int> body)
    {
        if (chunks == 1)
        {
            body(0, 0, length);
            return;
        }

        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, chunk =>
        {
            var (start, count) = Chunk(length, chunks, chunk);
            body(chunk, start, count);
        });
    }
}
