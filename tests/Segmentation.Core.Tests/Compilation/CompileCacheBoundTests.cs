using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;
using static Segmentation.Tests.Compilation.Compiled;

namespace Segmentation.Tests.Compilation;

/// <summary>
/// The compiler's cache is bounded by a count of entries and evicts the least recently used. A CRM with
/// many tenants compiles definitions that differ in a string tested for equality (a constant in the
/// delegate, so part of the shape): regression for a cache that grew by 325 MB over 200,000 of them.
/// </summary>
[Collection(nameof(HeapMeasuringCollection))]
public sealed class CompileCacheBoundTests
{
    private static readonly FieldCatalog Catalog = Catalogs.Customer;

    [Fact]
    public void Compile_200000DistinctDefinitions_CountAndMemoryStayBounded()
    {
        const int Capacity = 2_000;
        var compiler = new SegmentCompiler(cacheCapacity: Capacity);

        // Fill the cache twice over, then measure: the next 196,000 definitions must not grow the heap.
        for (var i = 0; i < 2 * Capacity; i++)
        {
            Tenant(compiler, i);
        }

        var filled = GC.GetTotalMemory(forceFullCollection: true);
        var progress = new TestProgress();
        for (var i = 2 * Capacity; i < 200_000; i++)
        {
            Tenant(compiler, i);
            Assert.True(compiler.CacheCount <= Capacity, $"{compiler.CacheCount} entries after {i + 1} definitions");
            progress.Report(i + 1, "definitions compiled");
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);

        Assert.Equal(200_000, compiler.CacheMisses);
        Assert.InRange(compiler.CacheCount, Capacity * 9 / 10, Capacity);

        // An unbounded cache grew about 1.6 KB per definition (325 MB for 200,000); 196,000 more
        // definitions must cost less than a hundredth of that.
        Assert.True(after - filled < 8L << 20, $"the heap grew {(after - filled) >> 10} KiB from {filled >> 10} KiB");
    }

    [Fact]
    public void Compile_PastTheCapacity_EvictsTheLeastRecentlyUsed()
    {
        var compiler = new SegmentCompiler(cacheCapacity: 10);
        for (var i = 0; i < 10; i++)
        {
            Tenant(compiler, i);
        }

        Tenant(compiler, 0); // tenant 0 is now the most recently used; tenants 1 and 2 the least
        Tenant(compiler, 10); // the eleventh entry evicts down to nine tenths: tenants 1 and 2 go
        Assert.Equal(9, compiler.CacheCount);
        var missesBefore = compiler.CacheMisses;

        Tenant(compiler, 0);
        Tenant(compiler, 3);
        Tenant(compiler, 10);
        Assert.Equal(missesBefore, compiler.CacheMisses);
        Tenant(compiler, 1);
        Assert.Equal(missesBefore + 1, compiler.CacheMisses);
    }

    [Fact]
    public void Evicted_CompiledSegment_KeepsWorking()
    {
        var compiler = new SegmentCompiler(cacheCapacity: 1);
        var us = compiler.Compile<Customer>(new SegmentDefinition("us", Cmp("country", Equal, "US")), Catalog);
        compiler.Compile<Customer>(new SegmentDefinition("de", Cmp("country", Equal, "DE")), Catalog);

        Assert.Equal(1, compiler.CacheCount);
        Assert.True(us.IsMatch(new Customer { Country = "US" }, AsOf));
        Assert.False(us.IsMatch(new Customer { Country = "DE" }, AsOf));
    }

    [Fact]
    public void Constructor_CapacityBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SegmentCompiler(cacheCapacity: 0));
        Assert.Equal(SegmentCompiler.DefaultCacheCapacity, new SegmentCompiler().CacheCapacity);
    }

    private static void Tenant(SegmentCompiler compiler, int tenant) =>
        compiler.Compile<Customer>(new SegmentDefinition("tenant", Cmp("country", Equal, "tenant-" + tenant)), Catalog);
}

/// <summary>
/// Tests that measure the process's heap run alone: GC.GetTotalMemory counts what tests running
/// beside them keep alive (a loaded machine once showed 29 MB of someone else's objects).
/// </summary>
[CollectionDefinition(nameof(HeapMeasuringCollection), DisableParallelization = true)]
public sealed class HeapMeasuringCollection;
