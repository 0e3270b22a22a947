import BackboneCore
import Mustache
