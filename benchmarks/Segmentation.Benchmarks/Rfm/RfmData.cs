namespace Segmentation.Benchmarks.Rfm;

/// <summary>Synthetic per-customer columns shaped like retail data: heavy ties in frequency, skewed spend.</summary>
public sealed class RfmData
{
    public RfmData(int count, int seed = 42)
    {
        var random = new Random(seed);
        Recency = new int[count];
        Frequency = new int[count];
        Monetary = new double[count];
        for (var i = 0; i < count; i++)
        {
            Recency[i] = random.Next(0, 730);
            // About half the customers bought once; the rest follow a long tail.
            Frequency[i] = random.Next(2) == 0 ? 1 : 1 + (int)(-Math.Log(1 - random.NextDouble()) * 4);
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            Monetary[i] = Math.Round(Math.Exp(3.5 + (1.2 * gaussian)) * Frequency[i], 2);
        }
    }

    public int[] Recency { get; }

    public int[] Frequency { get; }

    public double[] Monetary { get; }

    public int Count => Recency.Length;

    /// <summary>Bytes a scoring pass must at least read and write: three columns in, three score columns out.</summary>
    public long BytesTouched => Count * (4L + 4 + 8 + 3);
}
