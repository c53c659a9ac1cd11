using Segmentation.Rfm.Aggregation;

namespace Segmentation.Tests.Rfm.Aggregation;

public sealed class OrdinalIdSortTests
{
    [FsCheck.Xunit.Property(MaxTest = 100)]
    public bool Order_AnyIds_IsTheOrdinalOrder(string?[] raw)
    {
        var ids = raw.Select(r => r ?? string.Empty).Distinct(StringComparer.Ordinal).ToArray();

        var sorted = OrdinalIdSort.Order(ids).Select(i => ids[i]);

        return sorted.SequenceEqual(ids.Order(StringComparer.Ordinal));
    }

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public bool Order_AnyNarrowIds_IsTheOrdinalOrder(string?[] raw)
    {
        // Every character folded below U+0100 so the radix path runs; half the ids share an 8-character
        // prefix and a tiny alphabet after it, so keys tie and the tie resolution runs too.
        var ids = raw.Select((r, i) => i % 2 == 0
                ? new string([.. (r ?? string.Empty).Select(c => (char)(c & 0xFF))])
                : "PREFIX12" + new string([.. (r ?? string.Empty).Select(c => (char)('a' + (c % 3)))]))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var sorted = OrdinalIdSort.Order(ids).Select(i => ids[i]);

        return sorted.SequenceEqual(ids.Order(StringComparer.Ordinal));
    }

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public bool Order_NarrowIdsWithCallersPrefixKeys_IsTheOrdinalOrder(string?[] raw)
    {
        // Keys handed in by the reader instead of built from the strings: same order, ties included.
        var ids = raw.Select((r, i) => (i % 2 == 0 ? string.Empty : "PREFIX12") + new string([.. (r ?? string.Empty).Select(c => (char)(c & 0x7F))]))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var keys = ids.Select(PrefixKey).ToArray();

        var sorted = OrdinalIdSort.Order(ids, keys).Select(i => ids[i]);

        return sorted.SequenceEqual(ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Order_PrefixKeysOfAnotherLength_Throws() =>
        Assert.Throws<ArgumentException>(() => OrdinalIdSort.Order(["a", "b"], [1UL]));

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

    [Theory]
    [InlineData(300)]
    [InlineData(150_000)]
    public void Order_NarrowIds_IsTheOrdinalOrder(int count)
    {
        // Every id's first 8 characters below U+0100 (the radix path), one or two cores: short ids,
        // prefixes of each other, NULs, Latin-1 letters, and long shared prefixes that tie on 8 characters.
        var random = new Random(count);
        var ids = Enumerable.Range(0, count)
            .Select(i => (i % 5) switch
            {
                0 => $"C{i:D7}",
                1 => $"{i % 1000}",
                2 => $"LONGPREFIX-{i % 97}-{(char)random.Next(0x20, 0x3000)}{i}",
                3 => $"{(char)random.Next(0x80, 0x100)}\0{i % 313}",
                _ => $"C{i:D7}{(char)random.Next(0, 0x100)}",
            })
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var sorted = OrdinalIdSort.Order(ids).Select(i => ids[i]).ToArray();
        var sortedWithKeys = OrdinalIdSort.Order(ids, [.. ids.Select(PrefixKey)]).Select(i => ids[i]).ToArray();

        Assert.Equal(ids.Order(StringComparer.Ordinal), sorted);
        Assert.Equal(sorted, sortedWithKeys);
    }

    [Fact]
    public void Order_WideCharacterInTheLastId_FallsBackToTheGeneralOrder()
    {
        var ids = Enumerable.Range(0, 70_000).Select(i => $"id{i}").Append("id\u4e2d").ToArray();

        var sorted = OrdinalIdSort.Order(ids).Select(i => ids[i]).ToArray();

        Assert.Equal(ids.Order(StringComparer.Ordinal), sorted);
    }

    /// <summary>The id's first 8 UTF-16 code units packed 8 bits each, as the reader hands them to the sort.</summary>
    internal static ulong PrefixKey(string id)
    {
        ulong key = 0;
        for (var j = 0; j < 8; j++)
        {
            var c = j < id.Length ? id[j] : 0u;
            Assert.True(c <= 0xFF, $"'{id}' has a character above U+00FF in its first 8, so it has no prefix key.");
            key = (key << 8) | c;
        }

        return key;
    }
}
