using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Segmentation.Cli.Input;
using Segmentation.Rfm;

namespace Segmentation.Benchmarks.Rfm;

/// <summary>
/// A whole RFM run on 3.5M transactions of 1M customers (the data of docs/performance.md's tool
/// comparison) as an app does it: the library's <see cref="RfmPipeline"/> on objects in memory
/// (an array, a lazy sequence, an async stream), the <c>segment</c> tool's own in-process path
/// (its UTF-8 reader on the file's bytes in memory, then the same run), and DuckDB in process on
/// the same rows in an in-memory table (GROUP BY, quantile cut points, scores, segment names,
/// ordered by id, read back), the baseline.
/// </summary>
[Config(typeof(RfmBenchmarkConfig))]
[MemoryDiagnoser]
// More rounds than the shared config's 1 + 3: all five run in one process, and with one warmup the
// first ones were measured while the JIT was still recompiling shared code on the two cores.
[WarmupCount(5)]
[IterationCount(10)]
public class RfmRunBenchmarks : IDisposable
{
    private const int Rows = 3_500_000;
    private const int Customers = 1_000_000;

    private RfmTransaction[] _transactions = null!;
    private byte[] _csv = null!;
    private DuckDBConnection _duck = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Generator.cs of Segmentation.CliThroughput: the same seed, ids, dates and amounts.
        var random = new Random(42);
        var start = new DateOnly(2022, 1, 1);
        var ids = Enumerable.Range(0, Customers).Select(i => "C" + i.ToString("D7", CultureInfo.InvariantCulture)).ToArray();
        _transactions = new RfmTransaction[Rows];
        var csv = new StringBuilder("customer_id,order_date,amount\n", Rows * 28);
        for (var i = 0; i < Rows; i++)
        {
            var customer = i < Customers ? i : random.Next(Customers);
            var date = start.AddDays(random.Next(1000));
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            var amount = (decimal)Math.Round(Math.Exp(3.5 + (0.8 * normal)), 2);
            _transactions[i] = new RfmTransaction(ids[customer], date.ToDateTime(TimeOnly.MinValue), amount);
            csv.Append(CultureInfo.InvariantCulture, $"{ids[customer]},{date:yyyy-MM-dd},{amount}\n");
        }

        var text = Encoding.UTF8.GetBytes(csv.ToString());
        _csv = new byte[text.Length + Utf8TransactionReader.Padding];
        text.CopyTo(_csv, 0);

        _duck = new DuckDBConnection("Data Source=:memory:");
        _duck.Open();
        using (var create = _duck.CreateCommand())
        {
            create.CommandText = "CREATE TABLE tx (customer_id VARCHAR, order_date DATE, amount DECIMAL(18, 2))";
            create.ExecuteNonQuery();
        }

        using var appender = _duck.CreateAppender("tx");
        foreach (var t in _transactions)
        {
            appender.CreateRow().AppendValue(t.CustomerId).AppendValue(DateOnly.FromDateTime(t.Timestamp)).AppendValue(t.Amount).EndRow();
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _duck?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public int DuckDbInProcess()
    {
        using var command = _duck.CreateCommand();
        command.CommandText = DuckDbRfm.Query;
        using var reader = command.ExecuteReader();
        var ids = new List<string>(Customers);
        var segments = new List<string>(Customers);
        var codes = new List<int>(Customers);
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
            codes.Add(reader.GetInt32(1));
            segments.Add(reader.GetString(2));
        }

        return ids.Count + codes[^1] + segments[^1].Length;
    }

    [Benchmark]
    public int RunArray() => Checksum(RfmPipeline.Run(_transactions));

    [Benchmark]
    public int RunEnumerable() => Checksum(RfmPipeline.Run(_transactions.Select(t => t), null, CancellationToken.None));

    [Benchmark]
    public int RunAsyncEnumerable() => Checksum(RfmPipeline.RunAsync(_transactions.ToAsyncEnumerable()).GetAwaiter().GetResult());

    [Benchmark]
    public int ToolInProcess()
    {
        var reader = new Utf8TransactionReader { Columns = new TransactionColumns() };
        var columns = reader.TryRead("tx.csv", _csv, _csv.Length - Utf8TransactionReader.Padding, new InvalidRows(), CancellationToken.None)
            ?? throw new InvalidOperationException("The fast path did not take the file.");
        return Checksum(RfmPipeline.Run(columns, new RfmRunOptions(), CancellationToken.None));
    }

    private static int Checksum(RfmRun run) => run.Count + run.Segments.Span[^1] + run.Scores.MonetaryScores.Span[0];
}
