using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Segmentation.Tests.Database.Sharded;

/// <summary>Keeps the commands EF Core sends (text and parameters), to <c>EXPLAIN</c> them afterwards.</summary>
public sealed class CommandCapture : DbCommandInterceptor
{
    private readonly List<SentCommand> _commands = [];

    public IReadOnlyList<SentCommand> Commands => _commands;

    public SentCommand Last => _commands[^1];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Keep(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return ValueTask.FromResult(result);
    }

    private void Keep(DbCommand command) =>
        _commands.Add(new(command.CommandText, [.. command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())]));
}

/// <summary>A command as EF Core sent it.</summary>
public sealed record SentCommand(string Text, IReadOnlyList<NpgsqlParameter> Parameters);
