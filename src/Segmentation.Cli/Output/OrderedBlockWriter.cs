using System.Buffers;
using System.Runtime.ExceptionServices;

namespace Segmentation.Cli.Output;

/// <summary>
/// Formats numbered blocks on worker threads into a ring of buffers while the calling thread
/// writes the finished ones in block order, so formatting never waits for a write and the output
/// is identical to a sequential one. A worker's failure (or cancellation) stops the others and is
/// rethrown on the caller; a failed write stops the workers before it propagates.
/// </summary>
internal sealed class OrderedBlockWriter
{
    private readonly object _gate = new();
    private readonly ArrayBufferWriter<byte>[] _buffers;
    private readonly bool[] _filled;
    private readonly int[] _turn;
    private readonly int _blocks;
    private readonly Action<int, ArrayBufferWriter<byte>> _format;
    private readonly CancellationToken _cancellationToken;
    private int _next = -1;
    private bool _stop;
    private Exception? _failure;

    private OrderedBlockWriter(int blocks, int slots, int capacity, Action<int, ArrayBufferWriter<byte>> format, CancellationToken cancellationToken)
    {
        _blocks = blocks;
        _format = format;
        _cancellationToken = cancellationToken;
        _buffers = new ArrayBufferWriter<byte>[slots];
        _filled = new bool[slots];
        _turn = new int[slots];
        for (var s = 0; s < slots; s++)
        {
            _buffers[s] = new ArrayBufferWriter<byte>(capacity);
            _turn[s] = s;
        }
    }

    /// <summary>Formats blocks <c>0..blocks-1</c> with <paramref name="format"/> on <paramref name="workers"/> threads and writes them to <paramref name="stream"/> in order.</summary>
    public static void Run(Stream stream, int blocks, int workers, int capacity, Action<int, ArrayBufferWriter<byte>> format, CancellationToken cancellationToken)
    {
        var writer = new OrderedBlockWriter(blocks, Math.Max(2, workers * 4), capacity, format, cancellationToken);

        // Dedicated threads, not pool threads: the pool may be short of threads right after the parser's parallel loops.
        var threads = Enumerable.Range(0, Math.Max(1, workers)).Select(_ => new Thread(writer.Work) { IsBackground = true }).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        try
        {
            writer.WriteInOrder(stream);
        }
        catch
        {
            writer.Stop(null);
            throw;
        }
        finally
        {
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }

        if (writer._failure is not null)
        {
            ExceptionDispatchInfo.Throw(writer._failure);
        }
    }

    private void WriteInOrder(Stream stream)
    {
        for (var b = 0; b < _blocks; b++)
        {
            var s = b % _buffers.Length;
            lock (_gate)
            {
                while (!_filled[s] && !_stop)
                {
                    Monitor.Wait(_gate);
                }

                if (_stop)
                {
                    return;
                }
            }

            stream.Write(_buffers[s].WrittenSpan);
            lock (_gate)
            {
                _filled[s] = false;
                _turn[s] = b + _buffers.Length;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void Work()
    {
        try
        {
            while (true)
            {
                var b = Interlocked.Increment(ref _next);
                if (b >= _blocks)
                {
                    return;
                }

                var s = b % _buffers.Length;
                lock (_gate)
                {
                    while (_turn[s] != b && !_stop)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_stop)
                    {
                        return;
                    }
                }

                _cancellationToken.ThrowIfCancellationRequested();
                _buffers[s].ResetWrittenCount();
                _format(b, _buffers[s]);
                lock (_gate)
                {
                    _filled[s] = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }
        catch (Exception ex)
        {
            Stop(ex);
        }
    }

    private void Stop(Exception? failure)
    {
        lock (_gate)
        {
            _failure ??= failure;
            _stop = true;
            Monitor.PulseAll(_gate);
        }
    }
}
