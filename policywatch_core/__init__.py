"""The ground every stage stands on: data models, settings, configuration, locks, workers, times.

Stages (`spiders`, `nlp`, `warehouse`) and the application (`policywatch`, `flows`) import this
package; it imports none of them (checked by `make lint`).
"""
