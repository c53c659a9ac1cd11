using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Serialization;
using Segmentation.Tests.Generators;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>Generated definitions give the same members in SQLite (through EF Core) as in memory; <see cref="PostgresParityPropertyTests"/> does the same on PostgreSQL.</summary>
public sealed class DatabaseParityPropertyTests : IClassFixture<DatabaseParityPropertyTests.SharedCustomers>
{
    private readonly SharedCustomers _shared;

    public DatabaseParityPropertyTests(SharedCustomers shared) => _shared = shared;

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void GeneratedDefinitions_OverSharedCustomers_SameMembers(SegmentDefinition definition)
    {
        var segment = SegmentCompiler.Shared.Compile<Customer>(definition, Catalogs.Customer);
        var memory = Parity.MemoryMembers(_shared.Customers, segment, Domains.AsOf);
        var stored = Parity.DatabaseMembers(_shared.Database, segment, Domains.AsOf);
        Assert.True(memory.SequenceEqual(stored), Describe(definition, memory, stored));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void GeneratedDefinitions_OverGeneratedCustomers_SameMembers(SegmentDefinition definition, Customer[] customers)
    {
        using var database = new SqliteDatabase(customers);
        var segment = SegmentCompiler.Shared.Compile<Customer>(definition, Catalogs.Customer);
        var memory = Parity.MemoryMembers(customers, segment, Domains.AsOf);
        var stored = Parity.DatabaseMembers(database, segment, Domains.AsOf);
        Assert.True(memory.SequenceEqual(stored), Describe(definition, memory, stored));
    }

    internal static string Describe(SegmentDefinition definition, int[] memory, int[] stored) =>
        $"{SegmentJson.Serialize(definition)}\nonly in memory: [{string.Join(",", memory.Except(stored))}]\nonly in database: [{string.Join(",", stored.Except(memory))}]";

    /// <summary>One database of generated customers shared by every case of a property run (PostgreSQL's made on first use).</summary>
    public sealed class SharedCustomers : IDisposable
    {
        private readonly Lazy<PostgresDatabase> _postgres;

        public SharedCustomers()
        {
            // A fixed seed: a failure names the definition and reproduces over the same customers.
            Customers = CustomerGenerators.Customer.Sample(30, new Rnd(20250601UL), 300);
            Database = new SqliteDatabase(Customers);
            _postgres = new(() => new PostgresDatabase(Customers));
        }

        public Customer[] Customers { get; }

        public SqliteDatabase Database { get; }

        /// <summary>Gets the customers on the PostgreSQL server (skips the test when there is none, see <see cref="PostgresServer"/>).</summary>
        public PostgresDatabase Postgres
        {
            get
            {
                PostgresServer.Require();
                return _postgres.Value;
            }
        }

        public void Dispose()
        {
            Database.Dispose();
            if (_postgres.IsValueCreated)
            {
                _postgres.Value.Dispose();
            }
        }
    }
}
