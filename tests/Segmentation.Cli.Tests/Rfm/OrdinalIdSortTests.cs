using Segmentation.Cli.Rfm;

namespace Segmentation.Cli.Tests.Rfm;

public sealed class OrdinalIdSortTests
{
    [FsCheck.Xunit.Property(MaxTest = 100)]
    public bool Order_AnyIds_IsTheOrdinalOrder(string?[] raw)
    {
        var ids = raw.Select(r => r ?? string.Empty).Distinct(StringComparer.Ordinal).ToArray();

        var sorted = OrdinalIdSort.Order(ids).Select(i => ids[i]);

        return sorted.SequenceEqual(ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Order_LargeInputWithSharedPrefixesAndNuls_IsTheOrdinalOrderOnTwoHalves()
    {
        var random = new Random(5);
        var ids = Enumerable.Range(0, 100_000)
            .Select(i => i % 3 == 0 ? $"CUST-{i:D7}" : i % 3 == 1 ? $"CUST-{i % 977}\0{i}" : $"C{(char)random.Next(0x20, 0x3000)}{i}")
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var sorted = OrdinalIdSort.Order(ids).Select(i => ids[i]).ToArray();

        Assert.Equal(ids.Order(StringComparer.Ordinal), sorted);
    }
}
