using System.Data;
using System.Data.Common;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Rfm;

/// <summary>How the grouped rows reach the columns: the provider's data reader when there is one, else the provider's rows.</summary>
public static partial class RfmQueryableExtensions
{
    /// <summary>Reads the grouped rows from EF Core's data reader; <see langword="null"/> when the provider is not relational EF Core or the columns are not the expected types.</summary>
    private static RfmAggregates? ReadFromDataReader<TOrder>(IQueryable<TOrder> orders, RfmOrderColumns<TOrder> columns, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var (query, numeric) = ReaderQuery(orders, columns);
        using var command = RelationalCommands.TryCreate(query);
        if (command?.Connection is not { } connection)
        {
            return null;
        }

        var opened = connection.State == ConnectionState.Closed;
        if (opened)
        {
            connection.Open();
        }

        try
        {
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                throw RfmPipeline.NothingToScore();
            }

            var rows = GroupedRowReader.For(reader, numeric);
            if (rows is null)
            {
                return null;
            }

            return numeric ? ReadNumeric(reader, rows, asOf, cancellationToken) : ReadText(reader, rows, asOf, cancellationToken);
        }
        finally
        {
            if (opened)
            {
                connection.Close();
            }
        }
    }

    private static async Task<RfmAggregates?> ReadFromDataReaderAsync<TOrder>(IQueryable<TOrder> orders, RfmOrderColumns<TOrder> columns, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var (query, numeric) = ReaderQuery(orders, columns);
        await using var command = RelationalCommands.TryCreate(query);
        if (command?.Connection is not { } connection)
        {
            return null;
        }

        var opened = connection.State == ConnectionState.Closed;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw RfmPipeline.NothingToScore();
            }

            var rows = GroupedRowReader.For(reader, numeric);
            if (rows is null)
            {
                return null;
            }

            if (numeric)
            {
                var chunks = new RowChunks<long>(asOf, GroupedRowReader.Text);
                do
                {
                    rows.AddNumeric(chunks);
                }
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false));
                return Aggregates(chunks, cancellationToken);
            }

            var texts = new RowChunks<string>(asOf, static id => id);
            do
            {
                rows.AddText(texts);
            }
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false));
            return Aggregates(texts, cancellationToken);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The query the reader runs: an integer key (mapped as <c>o =&gt; o.Id.ToString()</c>) is projected as
    /// the integer itself, so no text is made per customer; any other key as <see cref="GroupRfmCustomers{TOrder}"/> does.
    /// </summary>
    internal static (IQueryable Query, bool Numeric) ReaderQuery<TOrder>(IQueryable<TOrder> orders, RfmOrderColumns<TOrder> columns)
    {
        var (key, _) = GroupingKey(columns.CustomerId);
        return key.ReturnType == typeof(int) || key.ReturnType == typeof(long)
            ? (GroupRows(orders, columns, key, static k => k, typeof(RfmKeyRow<>).MakeGenericType(key.ReturnType)), true)
            : (orders.GroupRfmCustomers(columns), false);
    }

    private static RfmAggregates ReadNumeric(DbDataReader reader, GroupedRowReader rows, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var chunks = new RowChunks<long>(asOf, GroupedRowReader.Text);
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.AddNumeric(chunks);
        }
        while (reader.Read());
        return Aggregates(chunks, cancellationToken);
    }

    private static RfmAggregates ReadText(DbDataReader reader, GroupedRowReader rows, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var chunks = new RowChunks<string>(asOf, static id => id);
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.AddText(chunks);
        }
        while (reader.Read());
        return Aggregates(chunks, cancellationToken);
    }

    /// <summary>Any other provider: its own rows (<see cref="RfmCustomerRow"/> objects) into the same columns.</summary>
    private static RfmAggregates ReadMaterialized<TOrder>(IQueryable<TOrder> orders, RfmOrderColumns<TOrder> columns, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var chunks = new RowChunks<string>(asOf, static id => id);
        foreach (var row in orders.GroupRfmCustomers(columns))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Add(chunks, row);
        }

        return Aggregates(chunks, cancellationToken);
    }

    private static async Task<RfmAggregates> ReadMaterializedAsync<TOrder>(IQueryable<TOrder> orders, RfmOrderColumns<TOrder> columns, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (orders.GroupRfmCustomers(columns) is not IAsyncEnumerable<RfmCustomerRow> rows)
        {
            return ReadMaterialized(orders, columns, asOf, cancellationToken);
        }

        var chunks = new RowChunks<string>(asOf, static id => id);
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Add(chunks, row);
        }

        return Aggregates(chunks, cancellationToken);
    }

    /// <summary>Integer ids, in the ordinal order of their text.</summary>
    private static RfmAggregates Aggregates(RowChunks<long> chunks, CancellationToken cancellationToken) =>
        chunks.Build(default(NumericIdOrder), static (ids, r, f, m, a, t) => new RfmAggregates(r, f, m, ids, a, t), cancellationToken);

    /// <summary>Text ids, in ordinal order.</summary>
    private static RfmAggregates Aggregates(RowChunks<string> chunks, CancellationToken cancellationToken) =>
        chunks.Build(default(OrdinalStringOrder), static (ids, r, f, m, a, t) => new RfmAggregates(r, f, m, ids, a, t), cancellationToken);

    private static void Add(RowChunks<string> chunks, RfmCustomerRow row) =>
        chunks.Add(row.CustomerId ?? throw NoCustomer(), row.LastOrderedAt, row.Orders, row.Lines, row.Monetary);
}
