using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Evaluation;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;
using static Segmentation.Tests.Compilation.Compiled;

namespace Segmentation.Tests.Compilation;

/// <summary>
/// The in-memory delegate reads its literals from typed value tuple fields, nested seven to a level,
/// and from an array above <see cref="SlotLayout.MaxTypedSlots"/> literals: every slot must read its own value.
/// </summary>
public sealed class SlotLayoutTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(15)]
    [InlineData(SlotLayout.MaxTypedSlots)]
    [InlineData(SlotLayout.MaxTypedSlots + 1)]
    public void IsMatch_OneLiteralPerSlot_ReadsEverySlot(int slots)
    {
        // any(age = 0, age = 3, ..., age = 3 * (slots - 1)): one int literal per slot.
        var segment = Of(new AnyCriterion(Enumerable.Range(0, slots).Select(i => (Criterion)Cmp("age", Equal, 3 * i))));
        Assert.Equal(slots <= SlotLayout.MaxTypedSlots, segment.Plan.Layout!.IsTyped);

        var predicate = segment.ToPredicate(AsOf);
        var set = SegmentSet<Customer>.AllMatches([segment.Definition], Catalogs.Customer);
        var customers = Enumerable.Range(-1, (3 * slots) + 2).Select(age => new Customer { Age = age }).ToArray();
        var bits = new ulong[customers.Length];
        set.Evaluate(customers.AsSpan(), bits, AsOf);
        for (var c = 0; c < customers.Length; c++)
        {
            var age = customers[c].Age!.Value;
            var expected = age >= 0 && age % 3 == 0 && age < 3 * slots;
            Assert.Equal(expected, predicate(customers[c]));
            Assert.Equal(expected ? 1UL : 0UL, bits[c]);
        }
    }

    [Fact]
    public void IsMatch_MixedTypesPastTheFirstLevel_ReadsEachWithItsType()
    {
        // Nine int literals fill the first level; the decimal, the window bounds and the string test sit in the second.
        var padding = Enumerable.Range(0, 9).Select(i => (Criterion)Cmp("age", NotEqual, 1000 + i));
        var criterion = new AllCriterion([
            .. padding,
            Cmp("totalSpend", GreaterThan, 99.5m),
            new TimeWindowCriterion("lastOrderAt", TimeWindow.Last(30, TimeUnit.Days)),
            Cmp("score", LessThan, 0.25m)]);
        var segment = Of(criterion);
        Assert.True(segment.Plan.Layout!.IsTyped);

        var inside = new Customer { Age = 40, TotalSpend = 100m, LastOrderAt = AsOf.AddDays(-29), Score = 0.2 };
        Assert.True(segment.IsMatch(inside, AsOf));
        Assert.False(segment.IsMatch(new Customer { Age = 40, TotalSpend = 99.5m, LastOrderAt = AsOf.AddDays(-29), Score = 0.2 }, AsOf));
        Assert.False(segment.IsMatch(new Customer { Age = 40, TotalSpend = 100m, LastOrderAt = AsOf.AddDays(-31), Score = 0.2 }, AsOf));
        Assert.False(segment.IsMatch(new Customer { Age = 40, TotalSpend = 100m, LastOrderAt = AsOf.AddDays(-29), Score = 0.25 }, AsOf));

        // The window bounds are the as-of instant's: the same customer is out sixty days later.
        Assert.False(segment.IsMatch(inside, AsOf.AddDays(60)));
        Assert.True(segment.IsMatch(inside, AsOf));
    }
}
