using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Core.Tests.Rfm.Aggregation;

/// <summary>The in-place column sort puts ids in ordinal order and carries each customer's values with its id.</summary>
public sealed class ColumnSortTests
{
    [Fact]
    public void Sort_DistinctNumericIds_OrdinalOrderValuesFollow() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 300).SelectMany(n => Gen.ArrayOf(Gen.Choose(-5_000, 200_000).Select(i => (long)i), n))), raw =>
        {
            var ids = raw.Distinct().ToArray();
            AssertSortsLikeTheOracle(ids, default(NumericIdOrder), id => id.ToString(CultureInfo.InvariantCulture));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    [Fact]
    public void Sort_DistinctStringIds_OrdinalOrderValuesFollow() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 200).SelectMany(n => Gen.ArrayOf(Gen.Elements("a", "B", "é", "0", "z", "Ä").SelectMany(p => Gen.Choose(0, 999).Select(i => p + i.ToString(CultureInfo.InvariantCulture))), n))), raw =>
        {
            var ids = raw.Distinct().ToArray();
            AssertSortsLikeTheOracle(ids, default(OrdinalStringOrder), id => id);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(100_000)]
    public void Sort_AscendingDescendingAndShuffledRuns_OrdinalOrder(int count)
    {
        var ascending = Enumerable.Range(0, count).Select(i => (long)i).ToArray();
        AssertSortsLikeTheOracle(ascending, default(NumericIdOrder), id => id.ToString(CultureInfo.InvariantCulture));
        AssertSortsLikeTheOracle([.. ascending.Reverse()], default(NumericIdOrder), id => id.ToString(CultureInfo.InvariantCulture));
        var shuffled = (long[])ascending.Clone();
        new Random(5).Shuffle(shuffled);
        AssertSortsLikeTheOracle(shuffled, default(NumericIdOrder), id => id.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Sort_WithoutRecursionBudget_HeapSortStillOrders()
    {
        // A depth limit of 0 sends every range of 16 or more straight to the heap sort fallback.
        var ids = Enumerable.Range(0, 5_000).Select(i => (long)((i * 7_919) % 5_003)).Distinct().ToArray();
        AssertSortsLikeTheOracle(ids, default(NumericIdOrder), id => id.ToString(CultureInfo.InvariantCulture), depthLimit: 0);
    }

    [Fact]
    public void Sort_ColumnsOfOtherLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => ColumnSort.Sort(new long[2], new int[2], new int[1], new decimal[2], default(NumericIdOrder)));

    private static void AssertSortsLikeTheOracle<TId, TOrder>(TId[] ids, TOrder order, Func<TId, string> text, int? depthLimit = null)
        where TOrder : struct, IComparer<TId>
    {
        // Values derived from each id's position, so a value that did not move with its id shows.
        var first = ids.Select((_, i) => i).ToArray();
        var second = ids.Select((_, i) => -i).ToArray();
        var third = ids.Select((_, i) => i + 0.25m).ToArray();
        var expected = Enumerable.Range(0, ids.Length).OrderBy(i => text(ids[i]), StringComparer.Ordinal).ToArray();
        var sorted = (TId[])ids.Clone();

        ColumnSort.Sort(sorted, first, second, third, order, depthLimit);

        Assert.Equal(expected.Select(i => ids[i]), sorted);
        Assert.Equal(expected, first);
        Assert.Equal(expected.Select(i => -i), second);
        Assert.Equal(expected.Select(i => i + 0.25m), third);
    }
}
