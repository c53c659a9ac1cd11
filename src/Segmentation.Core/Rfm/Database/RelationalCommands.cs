using System.Collections;
using System.Data.Common;
using System.Reflection;

namespace Segmentation.Rfm;

/// <summary>
/// The <see cref="DbCommand"/> behind a relational EF Core query, SQL and parameters included, found
/// without a reference to EF Core (the core keeps to the BCL): it is what EF Core's public
/// <c>CreateDbCommand()</c> extension returns, through the <c>IRelationalQueryingEnumerable</c> interface
/// that extension calls on the provider's compiled query (in <c>Microsoft.EntityFrameworkCore.Query.Internal</c>
/// in EF Core 10; found by name, so a move between namespaces does not break it). Any other provider
/// gets <see langword="null"/>.
/// </summary>
internal static class RelationalCommands
{
    private const string AsyncQueryProvider = "Microsoft.EntityFrameworkCore.Query.IAsyncQueryProvider";
    private const string QueryingEnumerable = "IRelationalQueryingEnumerable";

    /// <summary>Gets the command that runs <paramref name="query"/>, or <see langword="null"/> when its provider is not relational EF Core.</summary>
    public static DbCommand? TryCreate(IQueryable query)
    {
        // Only EF Core's provider: executing an unknown provider's query could run it.
        if (query.Provider.GetType().GetInterface(AsyncQueryProvider) is null)
        {
            return null;
        }

        // Compiles (or takes from EF Core's query cache) without running; the same call EF Core's CreateDbCommand makes.
        var enumerable = query.Provider.Execute<IEnumerable>(query.Expression);
        var create = enumerable?.GetType().GetInterfaces()
            .FirstOrDefault(i => i.Name == QueryingEnumerable && i.Namespace?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true)?.GetMethod("CreateDbCommand", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        return create?.ReturnType == typeof(DbCommand) ? (DbCommand?)create.Invoke(enumerable, null) : null;
    }
}
