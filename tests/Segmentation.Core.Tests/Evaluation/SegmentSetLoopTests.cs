using Segmentation.Definitions;
using Segmentation.Evaluation;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;
using static Segmentation.Tests.Compilation.Compiled;

namespace Segmentation.Tests.Evaluation;

/// <summary>
/// The span paths run compiled loops over the customers in chunks (every word of a chunk before the
/// next): they must agree with each segment's own predicate at every position, across chunk ends.
/// </summary>
public sealed class SegmentSetLoopTests
{
    // 70 segments (two words) over ages; some overlap, some are empty for part of the population.
    private static readonly SegmentDefinition[] Definitions = [.. Enumerable.Range(0, 70).Select(i => new SegmentDefinition(
        "s" + i,
        i % 2 == 0 ? Cmp("age", GreaterThanOrEqual, i) : new AllCriterion(Cmp("age", LessThan, i), Cmp("totalSpend", GreaterThan, i * 10))))];

    private static readonly Customer[] Customers = [.. Enumerable.Range(0, (2 * 1024) + 77).Select(i => new Customer
    {
        Age = i % 13 == 0 ? null : i % 90,
        TotalSpend = (i * 37) % 800,
    })];

    [Fact]
    public void Evaluate_SeveralChunksAndWords_EqualsEachSegmentsPredicate()
    {
        var set = SegmentSet<Customer>.AllMatches(Definitions, Catalogs.Customer);
        var bits = new ulong[Customers.Length * set.WordsPerCustomer];

        var counts = set.Evaluate(Customers.AsSpan(), bits, AsOf);

        var expectedCounts = new long[Definitions.Length];
        for (var s = 0; s < Definitions.Length; s++)
        {
            var predicate = set.Segments[s].ToPredicate(AsOf);
            for (var c = 0; c < Customers.Length; c++)
            {
                var expected = predicate(Customers[c]);
                expectedCounts[s] += expected ? 1 : 0;
                Assert.Equal(expected, (bits[(c * set.WordsPerCustomer) + (s / 64)] & (1UL << (s % 64))) != 0);
            }
        }

        Assert.Equal(expectedCounts, counts.Counts);
        Assert.Contains(expectedCounts, n => n > 0 && n < Customers.Length);
    }

    [Fact]
    public void Classify_SeveralChunks_EqualsTheFirstMatchingPredicate()
    {
        var set = SegmentSet<Customer>.FirstMatch(Definitions, "others", Catalogs.Customer);
        var assignments = new int[Customers.Length];

        var counts = set.Classify(Customers.AsSpan(), assignments, AsOf);

        var predicates = set.Segments.Select(s => s.ToPredicate(AsOf)).ToArray();
        var expectedCounts = new long[set.Names.Count];
        for (var c = 0; c < Customers.Length; c++)
        {
            var expected = Array.FindIndex(predicates, p => p(Customers[c]));
            expected = expected < 0 ? set.FallbackIndex : expected;
            expectedCounts[expected]++;
            Assert.Equal(expected, assignments[c]);
        }

        Assert.Equal(expectedCounts, counts.Counts);
        Assert.True(expectedCounts[set.FallbackIndex] > 0);
    }
}
