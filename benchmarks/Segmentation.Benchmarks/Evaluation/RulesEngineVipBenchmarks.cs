using BenchmarkDotNet.Attributes;
using RulesEngine.Models;
using Segmentation.Compilation;

namespace Segmentation.Benchmarks.Evaluation;

/// <summary>
/// The VIP segment as a Microsoft RulesEngine 6.0.1 rule (a Dynamic LINQ string), over 10,000
/// customers (RulesEngine is too slow for 1M per iteration), next to the library and the
/// hand-written lambda over the same 10,000; compare per-customer cost.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class RulesEngineVipBenchmarks
{
    private const string VipExpression =
        "(c.Country == \"US\" || c.Country == \"CA\" || c.Country == \"GB\")"
        + " && c.Orders.Count(o => o.PlacedAt >= w.Start && o.PlacedAt <= w.End) >= 3"
        + " && c.Orders.Sum(o => o.Amount) > 500"
        + " && c.Age >= 25 && c.Age <= 60"
        + " && c.OptedOut == false";

    private BenchCustomer[] _customers = [];
    private RulesEngine.RulesEngine _engine = null!;
    private RuleParameter _window = null!;
    private Func<BenchCustomer, bool> _compiled = null!;

    [Params(10_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _customers = BenchData.Customers(Customers);
        var workflow = new Workflow
        {
            WorkflowName = "segments",
            Rules = [new Rule { RuleName = "VIP", Expression = VipExpression, RuleExpressionType = RuleExpressionType.LambdaExpression }],
        };
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        _window = new RuleParameter("w", new RulesEngineWindow { Start = BenchData.AsOf.AddDays(-90), End = BenchData.AsOf });
        _compiled = SegmentCompiler.Shared.Compile<BenchCustomer>(BenchData.Vip, BenchData.Catalog).ToPredicate(BenchData.AsOf);

        // The three must agree, or the comparison is meaningless.
        var expected = CompiledPredicate();
        var actual = RulesEngine().GetAwaiter().GetResult();
        if (expected != actual)
        {
            throw new InvalidOperationException($"RulesEngine found {actual} VIPs, the library {expected}.");
        }
    }

    [Benchmark(Baseline = true)]
    public int CompiledPredicate()
    {
        var n = 0;
        foreach (var customer in _customers)
        {
            if (_compiled(customer))
            {
                n++;
            }
        }

        return n;
    }

    [Benchmark]
    public async Task<int> RulesEngine()
    {
        var n = 0;
        foreach (var customer in _customers)
        {
            var results = await _engine.ExecuteAllRulesAsync("segments", new RuleParameter("c", customer), _window);
            if (results[0].IsSuccess)
            {
                n++;
            }
        }

        return n;
    }
}
