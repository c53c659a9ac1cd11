using BenchmarkDotNet.Attributes;
using Segmentation.Rfm;

namespace Segmentation.Benchmarks.Rfm;

/// <summary>The scoring cases shared by the small and the ten-million-customer benchmark classes.</summary>
public abstract class RfmScoringCases
{
    private RfmData _data = null!;
    private RfmScoringOptions _options = null!;
    private RfmScoringOptions _singleThread = null!;
    private int[] _recencyCuts = null!;
    private int[] _frequencyCuts = null!;
    private double[] _monetaryCuts = null!;
    private byte[] _r = null!, _f = null!, _m = null!;

    public abstract int Customers { get; set; }

    [Params(RfmMethod.Quantile, RfmMethod.Ntile)]
    public RfmMethod Method { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = new RfmData(Customers);
        _options = new RfmScoringOptions { Method = Method };
        _singleThread = _options with { MaxDegreeOfParallelism = 1 };
        var quantile = RfmScorer.Score(_data.Recency, _data.Frequency, _data.Monetary, new RfmScoringOptions(), null);
        _recencyCuts = quantile.Recency.CutPoints.Select(c => (int)Math.Floor(c)).ToArray();
        _frequencyCuts = quantile.Frequency.CutPoints.Select(c => (int)Math.Floor(c)).ToArray();
        _monetaryCuts = [.. quantile.Monetary.CutPoints];
        _r = new byte[Customers];
        _f = new byte[Customers];
        _m = new byte[Customers];
    }

    [Benchmark(Baseline = true)]
    public RfmScoreResult Library() => RfmScorer.Score(_data.Recency, _data.Frequency, _data.Monetary, _options, null);

    [Benchmark]
    public RfmScoreResult LibraryOneThread() => RfmScorer.Score(_data.Recency, _data.Frequency, _data.Monetary, _singleThread, null);

    [Benchmark]
    public object NaiveLinq() => Method == RfmMethod.Ntile ? NaiveLinqRfm.Ntile(_data, 5) : NaiveLinqRfm.Quantile(_data, 5);

    [Benchmark]
    public object ArraySort() => Method == RfmMethod.Ntile ? SortBasedRfm.Ntile(_data, 5) : SortBasedRfm.Quantile(_data, 5);

    [Benchmark]
    public byte[] StreamingFloor()
    {
        StreamingFloorRfm.Score(_data, _recencyCuts, _frequencyCuts, _monetaryCuts, 5, _r, _f, _m);
        return _m;
    }
}
