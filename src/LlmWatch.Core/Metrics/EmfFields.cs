using System.Text.Json;

namespace LlmWatch.Core.Metrics;

/// <summary>Writes an EMF record's dimension values and metadata; called for every line of the record, chunk 0 first.</summary>
internal delegate void EmfFields<in TState>(Utf8JsonWriter json, TState state, int chunk);
