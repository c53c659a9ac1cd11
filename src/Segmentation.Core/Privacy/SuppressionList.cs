using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace Segmentation.Privacy;

/// <summary>
/// Customer ids that must never appear: people who asked to be forgotten or objected to profiling.
/// Applied before any scoring, so a listed customer is in no score, report or export and does not
/// even move the cut points of the others: the runs take it as an option
/// (<see cref="Rfm.RfmRunOptions.SuppressionList"/>, <see cref="CustomerTypes.CustomerTypeOptions.SuppressionList"/>),
/// and every other entry point (segment sets, reports, queries) takes the input through
/// <c>Exclude</c> (a sequence, a stream, or a query, where it becomes a <c>NOT IN</c> in the database).
/// </summary>
/// <remarks>Ids are compared ordinally, exactly as they appear in the data. Immutable and thread-safe.</remarks>
public sealed class SuppressionList
{
    private readonly HashSet<string> _ids;
    private readonly string[] _sorted;

    /// <summary>Creates a list from ids.</summary>
    /// <param name="ids">The ids; repeats are allowed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> or one of them is <see langword="null"/>.</exception>
    public SuppressionList(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            ArgumentNullException.ThrowIfNull(id, nameof(ids));
            _ids.Add(id);
        }

        _sorted = [.. _ids.Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets the number of distinct ids.</summary>
    /// <value>Zero or more.</value>
    public int Count => _ids.Count;

    /// <summary>Tells whether an id is on the list.</summary>
    /// <param name="customerId">The id.</param>
    /// <returns><see langword="true"/> when the customer must not appear.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is <see langword="null"/>.</exception>
    public bool Contains(string customerId)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        return _ids.Contains(customerId);
    }

    /// <summary>Leaves out the listed customers, in a lazy pass.</summary>
    /// <typeparam name="T">The record (a transaction, a customer).</typeparam>
    /// <param name="source">The records.</param>
    /// <param name="customerIdOf">Gives a record's customer id.</param>
    /// <returns>The records whose customer is not on the list, in order.</returns>
    public IEnumerable<T> Exclude<T>(IEnumerable<T> source, Func<T, string> customerIdOf)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(customerIdOf);
        return _ids.Count == 0 ? source : source.Where(x => !_ids.Contains(customerIdOf(x)));
    }

    /// <summary>Leaves out the listed customers of a stream.</summary>
    /// <typeparam name="T">The record.</typeparam>
    /// <param name="source">The records.</param>
    /// <param name="customerIdOf">Gives a record's customer id.</param>
    /// <returns>The records whose customer is not on the list, in order.</returns>
    public IAsyncEnumerable<T> Exclude<T>(IAsyncEnumerable<T> source, Func<T, string> customerIdOf)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(customerIdOf);
        return _ids.Count == 0 ? source : source.Where(x => !_ids.Contains(customerIdOf(x)));
    }

    /// <summary>
    /// Leaves out the listed customers of a query, in the query: the database evaluates
    /// <c>NOT (id IN (...))</c>, so their rows never leave it. With EF Core the ids go as one
    /// array-like parameter (PostgreSQL <c>&lt;&gt; ALL(@ids)</c>, SQLite <c>json_each(@ids)</c>), so a
    /// list of any length runs and every list shares one SQL text. Put it first, before
    /// <c>WhereSegment</c>, <c>EnumerateSegment</c>, <c>CountBySegment</c> or <c>AggregateRfm</c>.
    /// </summary>
    /// <typeparam name="T">The row (a customer, an order).</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="customerIdOf">The row's customer id as text, e.g. <c>c =&gt; c.Id</c> or <c>o =&gt; o.CustomerNumber.ToString()</c> (the ids on the list are the text).</param>
    /// <returns>The query without the listed customers' rows; <paramref name="source"/> itself when the list is empty.</returns>
    public IQueryable<T> Exclude<T>(IQueryable<T> source, Expression<Func<T, string>> customerIdOf)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(customerIdOf);
        if (_ids.Count == 0)
        {
            return source;
        }

        // A captured array, not a constant: the provider sends it as parameters, so the SQL text
        // (and its cached plan) does not carry the ids.
        var ids = _sorted;
        Expression<Func<string[]>> captured = () => ids;
        Expression list = captured.Body;
        if (SingleParameter(source.Provider) is { } parameter)
        {
            list = Expression.Call(parameter, list);
        }

        // Enumerable.Contains spelled out: C# 14 would bind ids.Contains to the span overload, which
        // query providers need not know.
        var row = customerIdOf.Parameters[0];
        var body = Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], list, customerIdOf.Body));
        return source.Where(Expression.Lambda<Func<T, bool>>(body, row));
    }

    /// <summary>
    /// EF Core's <c>EF.Parameter</c> for the ids, when the query is EF Core's: since EF Core 10 a
    /// collection becomes one SQL parameter per id by default, which fails past the database's limit
    /// (SQLite 32,766, PostgreSQL 65,535) while erasure lists only grow; <c>EF.Parameter</c> sends one
    /// array-like parameter instead (PostgreSQL <c>&lt;&gt; ALL(@ids)</c>, SQLite <c>json_each(@ids)</c>).
    /// Found by name, so that Core references no EF Core; other providers get the plain array.
    /// </summary>
    private static MethodInfo? SingleParameter(IQueryProvider provider)
    {
        var ef = provider.GetType().Assembly.GetType("Microsoft.EntityFrameworkCore.EF");
        var method = ef?.GetMethod("Parameter", BindingFlags.Public | BindingFlags.Static);
        return method is { IsGenericMethodDefinition: true } ? method.MakeGenericMethod(typeof(string[])) : null;
    }

    /// <summary>Reads a list: one id per line, UTF-8; blank lines are skipped; a first line <c>customer_id</c> is a header.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The list.</returns>
    /// <exception cref="SegmentationException">The file does not exist or cannot be read (a folder, a dangling link, no permission), or a line is not a clean id (leading or trailing spaces, a control character), naming the file and line.</exception>
    public static SuppressionList Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SegmentationException($"The suppression list '{path}' does not exist; give the path of the file of ids.", path, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SegmentationException($"The suppression list '{path}' cannot be read ({e.Message}); give a readable file.", path, e);
        }

        using (reader)
        {
            return Read(reader, path);
        }
    }

    /// <summary>Reads a list from text: one id per line; blank lines are skipped; a first line <c>customer_id</c> is a header.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The name errors give the text, e.g. its file name.</param>
    /// <returns>The list.</returns>
    /// <exception cref="SegmentationException">A line is not a clean id, naming the source and line.</exception>
    public static SuppressionList Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var ids = new List<string>();
        var number = 0;
        while (ReadLine(reader, source, number + 1) is { } line)
        {
            number++;
            if (line.Length == 0 || (number == 1 && line == "customer_id"))
            {
                continue;
            }

            if (line.Trim().Length != line.Length || line.Any(char.IsControl))
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"{source}:{number}");
                throw new SegmentationException($"{where}: the suppression list's line is not a clean customer id (it has leading or trailing spaces or a control character); ids are matched exactly, so write each id as it appears in the data, one per line.", where);
            }

            ids.Add(line);
        }

        return new SuppressionList(ids);
    }

    private static string? ReadLine(TextReader reader, string source, int number)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (DecoderFallbackException e)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{source}:{number}");
            throw new SegmentationException($"{where}: the suppression list is not valid UTF-8; save it as UTF-8.", where, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder opens on Linux and fails at the first read (EISDIR); a disk or network error may come at any line.
            var where = string.Create(CultureInfo.InvariantCulture, $"{source}:{number}");
            throw new SegmentationException($"{where}: the suppression list cannot be read ({e.Message}); give a readable file.", where, e);
        }
    }
}
