using FsCheck;
using FsCheck.Fluent;
using Segmentation.Compilation;
using Segmentation.Tests.Generators;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>
/// Generated definitions give the same members on PostgreSQL (Npgsql's EF Core provider) as in
/// memory and on SQLite. Facts running FsCheck, so that a missing server skips (or, in CI, fails)
/// with the reason instead of failing each case.
/// </summary>
public sealed class PostgresParityPropertyTests : IClassFixture<DatabaseParityPropertyTests.SharedCustomers>
{
    private readonly DatabaseParityPropertyTests.SharedCustomers _shared;

    public PostgresParityPropertyTests(DatabaseParityPropertyTests.SharedCustomers shared) => _shared = shared;

    [Fact]
    public void GeneratedDefinitions_OverSharedCustomers_SameMembersInAllThree()
    {
        var postgres = _shared.Postgres;
        var customers = postgres.AsStored(_shared.Customers);
        Prop.ForAll(Arbitraries.Definition(), definition =>
        {
            var segment = SegmentCompiler.Shared.Compile<Customer>(definition, Catalogs.Customer);
            var memory = Parity.MemoryMembers(customers, segment, Domains.AsOf);
            var stored = Parity.DatabaseMembers(postgres, segment, Domains.AsOf);
            Assert.True(memory.SequenceEqual(stored), DatabaseParityPropertyTests.Describe(definition, memory, stored) + "\n" + Parity.Sql(postgres, segment, Domains.AsOf));
            Assert.Equal(memory, Parity.DatabaseMembers(_shared.Database, segment, Domains.AsOf));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void GeneratedDefinitions_OverGeneratedCustomers_SameMembers()
    {
        PostgresServer.Require();
        using var postgres = new PostgresDatabase([]);
        Prop.ForAll(Arbitraries.Definition(), Arbitraries.Customers(), (definition, customers) =>
        {
            postgres.Reload(customers);
            var segment = SegmentCompiler.Shared.Compile<Customer>(definition, Catalogs.Customer);
            var memory = Parity.MemoryMembers(postgres.AsStored(customers), segment, Domains.AsOf);
            var stored = Parity.DatabaseMembers(postgres, segment, Domains.AsOf);
            Assert.True(memory.SequenceEqual(stored), DatabaseParityPropertyTests.Describe(definition, memory, stored) + "\n" + Parity.Sql(postgres, segment, Domains.AsOf));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }
}
