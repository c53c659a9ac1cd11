using System.Reflection;
using Segmentation.Cli.Startup;

namespace Segmentation.Cli.Tests.Startup;

public sealed class HotPathPrecompilerTests
{
    [Fact]
    public void HotMethods_CoverEveryFullyOptimizedMethodOfTheTool()
    {
        // A new hot loop marked AggressiveOptimization outside the listed types would be compiled on
        // the critical path again: this fails until its type is added to the list. The library's
        // loops on the tool's path (after its own reader) are the id sort, the column gather and the
        // segment table; the library's parallel object aggregation is not on it.
        string[] onTheToolsPath = ["OrdinalIdSort", "ColumnPermutation", "RfmSegmentTable"];
        var libraryTypes = typeof(Segmentation.Rfm.RfmPipeline).Assembly.GetTypes().Where(type => onTheToolsPath.Contains(type.Name));
        var all = typeof(HotPathPrecompiler).Assembly.GetTypes()
            .Concat(libraryTypes)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(method => HotPathPrecompiler.IsFullyOptimized(method) && !method.ContainsGenericParameters)
            .ToHashSet();

        var hot = HotPathPrecompiler.HotMethods();

        Assert.NotEmpty(all);
        Assert.Equal(all.OrderBy(Name), hot.OrderBy(Name));
    }

    [Fact]
    public void HotMethods_StartWithTheReaderInPipelineOrder()
    {
        var hot = HotPathPrecompiler.HotMethods();

        var firstWriter = hot.Select((m, i) => (m, i)).First(x => x.m.DeclaringType!.Name == "ScoresCsvWriter").i;
        var lastReader = hot.Select((m, i) => (m, i)).Last(x => x.m.DeclaringType!.Name == "Utf8TransactionReader").i;
        Assert.Contains(hot, m => m.Name == "ParseLine");
        Assert.Contains(hot, m => m.Name == "FormatBlock");
        Assert.True(lastReader < firstWriter, "the reader's methods are compiled before the writer's");
    }

    [Fact]
    public void PrecompileAll_CompilesEveryHotMethodWithoutError()
    {
        // The background thread ignores failures (the command then compiles on first use), so a
        // method the runtime cannot prepare (an open generic, an abstract one) shows up only here.
        IReadOnlyList<MethodInfo>? compiled = null;
        var exception = Record.Exception(() => compiled = HotPathPrecompiler.PrecompileAll());

        Assert.Null(exception);
        Assert.Contains(compiled!, m => m.Name == "ParseLine");
    }

    [Fact]
    public void WarmUpConsole_RendersTheStatusLineToADiscardedConsole()
    {
        var text = HotPathPrecompiler.WarmUpConsole();

        // With or without the grey colour's escape codes, as the environment's terminal settings decide.
        Assert.Contains("Read 0 rows in 0.00 s (0 rows/s)", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WarmUpScorer_ScoresItsSyntheticCustomersInEveryBin()
    {
        var result = HotPathPrecompiler.WarmUpScorer();

        // As large as the library's largest size threshold, so it compiles the paths large inputs take.
        Assert.Equal(1 << 18, result.Count);
        Assert.Equal(5, result.Bins);
        Assert.Equal(Enumerable.Range(1, 5).Select(s => (byte)s), result.MonetaryScores.ToArray().Distinct().Order());
        Assert.Equal(Enumerable.Range(1, 5).Select(s => (byte)s), result.RecencyScores.ToArray().Distinct().Order());
    }

    [Theory]
    [InlineData(true, "rfm", "tx.csv")]
    [InlineData(true, "report", "tx.csv")]
    [InlineData(false, "demo")]
    [InlineData(false, "evaluate", "--definitions", "d.json")]
    [InlineData(false, "--help")]
    [InlineData(false)]
    public void StartFor_StartsOnlyForCommandsThatReadTransactions(bool expected, params string[] args) =>
        Assert.Equal(expected, HotPathPrecompiler.StartFor(args));

    private static string Name(MethodInfo method) => method.DeclaringType!.FullName + "." + method;
}
