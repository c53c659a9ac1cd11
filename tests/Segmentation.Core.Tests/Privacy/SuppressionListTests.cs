using Segmentation.Privacy;
using Segmentation.Rfm;
using Segmentation.Tests.Rfm;

namespace Segmentation.Tests.Privacy;

public sealed class SuppressionListTests
{
    [Fact]
    public void Run_WithSuppressionList_EqualsARunWithoutTheCustomersRows()
    {
        var transactions = RfmAggregatorTests.Generate(300, seed: 11).ToArray();
        var gone = transactions.Select(t => t.CustomerId).Distinct().OrderBy(x => x, StringComparer.Ordinal).Take(3).ToArray();
        var list = new SuppressionList(gone);

        var suppressed = RfmPipeline.Run(transactions, new RfmRunOptions { SuppressionList = list }, CancellationToken.None);
        var without = RfmPipeline.Run(transactions.Where(t => !gone.Contains(t.CustomerId)), null, CancellationToken.None);

        Assert.DoesNotContain(suppressed.Aggregates.CustomerIds!, id => gone.Contains(id));
        Assert.Equal(without.Aggregates.CustomerIds, suppressed.Aggregates.CustomerIds);
        Assert.Equal(without.AsOf, suppressed.AsOf);
        Assert.Equal(without.Transactions, suppressed.Transactions);
        Assert.Equal(without.Scores.RecencyScores.ToArray(), suppressed.Scores.RecencyScores.ToArray());
        Assert.Equal(without.Scores.FrequencyScores.ToArray(), suppressed.Scores.FrequencyScores.ToArray());
        Assert.Equal(without.Scores.MonetaryScores.ToArray(), suppressed.Scores.MonetaryScores.ToArray());
        Assert.Equal(without.Segments.ToArray(), suppressed.Segments.ToArray());
        Assert.Equal(without.Report.Customers, suppressed.Report.Customers);
    }

    [Fact]
    public void Run_FromAggregatesWithSuppressionList_ScoresAsAggregatesWithoutTheCustomers()
    {
        var transactions = RfmAggregatorTests.Generate(300, seed: 5).ToArray();
        var ids = transactions.Select(t => t.CustomerId).Distinct().Order(StringComparer.Ordinal).ToArray();
        // The largest spender: left in, it would move the monetary cut points of everybody.
        var gone = new[] { transactions.GroupBy(t => t.CustomerId).MaxBy(g => g.Sum(t => t.Amount))!.Key, ids[0] };
        var asOf = RfmPipeline.Run(transactions).AsOf;
        var options = new RfmRunOptions { AsOf = asOf, SuppressionList = new SuppressionList(gone) };

        var suppressed = RfmPipeline.Run(RfmAggregator.Aggregate(transactions, asOf), options, CancellationToken.None);
        var without = RfmPipeline.Run(RfmAggregator.Aggregate(transactions.Where(t => !gone.Contains(t.CustomerId)), asOf), null, CancellationToken.None);
        var everyone = RfmPipeline.Run(RfmAggregator.Aggregate(transactions, asOf), null, CancellationToken.None);

        Assert.Equal(without.Aggregates.CustomerIds, suppressed.Aggregates.CustomerIds);
        Assert.Equal(without.Scores.MonetaryScores.ToArray(), suppressed.Scores.MonetaryScores.ToArray());
        Assert.Equal(without.Scores.RecencyScores.ToArray(), suppressed.Scores.RecencyScores.ToArray());
        Assert.Equal(without.Segments.ToArray(), suppressed.Segments.ToArray());
        Assert.Equal(without.Report.Customers, suppressed.Report.Customers);
        Assert.Equal(without.Concentration.Gini, suppressed.Concentration.Gini);
        Assert.NotEqual(everyone.Concentration.Gini, suppressed.Concentration.Gini);
    }

    [Fact]
    public void Read_HeaderBlankLinesAndIds_KeepsTheIds()
    {
        var list = SuppressionList.Read(new StringReader("customer_id\nc1\n\nc2\nc1\n"), "gone.txt");

        Assert.Equal(2, list.Count);
        Assert.True(list.Contains("c2"));
        Assert.False(list.Contains("customer_id"));
    }

    [Fact]
    public void Read_IdWithTrailingSpace_NamesTheLine()
    {
        var error = Assert.Throws<SegmentationException>(() => SuppressionList.Read(new StringReader("c1\nc2 \n"), "gone.txt"));

        Assert.StartsWith("gone.txt:2:", error.Message, StringComparison.Ordinal);
        Assert.Equal("gone.txt:2", error.Location);
    }

    // Regression (probe item 1): Load let IOException and UnauthorizedAccessException out, which the
    // tool reported as an internal error with a stack trace.
    [Fact]
    public void Load_MissingFile_ThrowsSegmentationExceptionNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "gone.txt");

        var error = Assert.Throws<SegmentationException>(() => SuppressionList.Load(path));

        Assert.Equal($"The suppression list '{path}' does not exist; give the path of the file of ids.", error.Message);
        Assert.Equal(path, error.Location);
    }

    [Fact]
    public void Load_Folder_ThrowsSegmentationExceptionNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("suppression-").FullName;
        try
        {
            var error = Assert.Throws<SegmentationException>(() => SuppressionList.Load(folder));

            Assert.StartsWith(folder, error.Location, StringComparison.Ordinal);
            Assert.Contains("the suppression list", error.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
