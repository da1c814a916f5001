"""The Qt-free core: model, seams, registry, runner, score, snapshots and reports."""
