using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Segmentation.Cli.Database;

/// <summary>
/// EF Core over the source's open connection, only so that the library's <c>AggregateRfm</c> runs
/// its <c>GROUP BY</c> in the database; the rows come from <c>FromSqlRaw</c>, never from this view name.
/// </summary>
internal sealed class OrderRowsContext(DbContextOptions<OrderRowsContext> options) : DbContext(options)
{
    public DbSet<OrderRow> Orders => Set<OrderRow>();

    public static OrderRowsContext For(DatabaseProvider provider, DbConnection connection)
    {
        var builder = new DbContextOptionsBuilder<OrderRowsContext>();
        _ = provider == DatabaseProvider.Postgres ? builder.UseNpgsql(connection) : builder.UseSqlite(connection);
        return new OrderRowsContext(builder.Options);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrderRow>(row =>
        {
            row.HasNoKey().ToView("segment_order_rows");
            if (Database.IsNpgsql())
            {
                row.Property(r => r.OrderedAt).HasColumnType("timestamp without time zone");
                row.Property(r => r.Amount).HasColumnType("numeric");
            }
        });
    }
}
